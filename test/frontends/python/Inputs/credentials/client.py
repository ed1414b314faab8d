import httpx
import requests

from settings import DBT_CLOUD_API, TOKEN


class DbtCloud:
    def __init__(self):
        self.http = httpx.Client(base_url=DBT_CLOUD_API, headers={"Authorization": f"Token {TOKEN}"})


SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"Token {TOKEN}"})
