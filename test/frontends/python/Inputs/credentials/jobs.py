from client import SESSION, DbtCloud
from settings import DBT_CLOUD_API


class Jobs(DbtCloud):
    def list(self):
        return self.http.get("/v2/accounts/70403/jobs/")


def runs():
    return SESSION.get(f"{DBT_CLOUD_API}/v2/accounts/70403/runs/")
