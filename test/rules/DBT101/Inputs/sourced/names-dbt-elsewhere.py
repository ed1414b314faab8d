import subprocess

HELP = "the accounts of https://cloud.getdbt.com"


def unrelated(records):
    return sorted(records)


subprocess.run('. ./cloud-settings.sh && curl "$API_BASE/accounts/"', shell=True)
