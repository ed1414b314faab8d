import subprocess

subprocess.run('. ./cloud-settings.sh && curl "$API_BASE/accounts/"', shell=True)
