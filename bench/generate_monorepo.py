#!/usr/bin/env python3
"""Writes a synthetic monorepo for the benchmark: Python, YAML, shell,
Terraform and C++ files of realistic size, a set share of which use the dbt
Cloud API (cross-account calls, account-scoped calls, tokens, legacy key
names). Seeded: the same arguments give the same bytes.

    generate_monorepo.py --files 10000 --density 0.05 --seed 1 OUT_DIR
    generate_monorepo.py --files 2000 --density 1.0 --seed 1 OUT_DIR   # every file relevant
"""
import argparse
import os
import random
import string

FILLER_PYTHON = '''
def {name}(records, limit={n}):
    """Aggregate {name} over the given records."""
    totals = {{}}
    for record in records[:limit]:
        key = (record.get("region"), record.get("segment"))
        totals[key] = totals.get(key, 0) + record.get("amount", 0)
    return sorted(totals.items(), key=lambda item: item[1], reverse=True)
'''
DBT_PYTHON = [
    'ACCOUNTS = requests.get("https://cloud.getdbt.com/api/v2/accounts/", headers=HEADERS).json()\n',
    'RUNS = requests.get(f"https://cloud.getdbt.com/api/v2/accounts/{{ACCOUNT_ID}}/runs/", headers=HEADERS)\n',
    'TOKEN = "dbtc_{token}"\n',
    'API_KEY = os.environ["DBT_CLOUD_API_KEY"]\n',
    'accounts = dbtCloudClient(service_token=TOKEN).cloud.list_accounts()\n',
    'BASE = "https://emea.dbt.com/api/v3/accounts/"\nPROJECTS = BASE + ACCOUNT_ID + "/projects/"\n',
]
FILLER_YAML = '''  {name}:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build {name}
        run: |
          make build TARGET={name} JOBS={n}
          make test TARGET={name}
'''
DBT_YAML = [
    # Quoted: a plain scalar cannot hold ": ", as in "Authorization: Token".
    '      - run: \'curl -H "Authorization: Token $DBT_CLOUD_API_KEY" https://cloud.getdbt.com/api/v2/accounts/\'\n',
    '      - run: dbt-cloud account list\n',
    '    env:\n      DBT_CLOUD_API_KEY: ${{{{ secrets.DBT_CLOUD_API_KEY }}}}\n',
    '      - run: curl -X POST "https://cloud.getdbt.com/api/v2/accounts/$ACCOUNT/jobs/{n}/run/"\n',
]
FILLER_SHELL = '''
{name}() {{
  local target="$1"
  for file in "$target"/*.csv; do
    wc -l "$file" | awk '{{ print $1 }}' >> "/tmp/{name}.counts"
  done
  echo "processed {n} files"
}}
'''
DBT_SHELL = [
    'curl -sf -H "Authorization: Token ${{DBT_API_KEY}}" "https://cloud.getdbt.com/api/v3/accounts/"\n',
    'export DBT_CLOUD_TOKEN=dbtu_{token}\n',
    'dbtc accounts list\n',
    'curl -sf "https://cloud.getdbt.com/api/v2/accounts/${{ACCOUNT_ID}}/jobs/"\n',
]
FILLER_TERRAFORM = '''
resource "aws_s3_bucket" "{name}" {{
  bucket = "acme-{name}-{n}"
  tags = {{
    team        = "data"
    environment = var.environment
  }}
}}
'''
DBT_TERRAFORM = [
    'provider "dbtcloud" {{\n  account_id = {n}\n  token      = "{hex}"\n}}\n',
    'data "http" "accounts" {{\n  url = "https://cloud.getdbt.com/api/v2/accounts/"\n}}\n',
    'variable "dbt_cloud_api_key" {{\n  type      = string\n  sensitive = true\n}}\n',
]
FILLER_CPP = '''
double {name}(const std::vector<double>& values) {{
  double total = 0;
  for (double value : values) total += value * {n};
  return values.empty() ? 0 : total / values.size();
}}
'''
DBT_CPP = [
    'curl_easy_setopt(handle, CURLOPT_URL, "https://cloud.getdbt.com/api/v2/accounts/");\n',
    'static const char* kToken = "dbtc_{token}";\n',
    'const char* key = std::getenv("DBT_CLOUD_API_KEY");\n',
]

KINDS = [  # extension, share, filler, dbt snippets, header, comment
    (".py", 0.55, FILLER_PYTHON, DBT_PYTHON, "import os\nimport requests\n", "#"),
    (".yml", 0.15, FILLER_YAML, DBT_YAML, "name: ci\non: [push]\njobs:\n", "#"),
    (".sh", 0.10, FILLER_SHELL, DBT_SHELL, "#!/usr/bin/env bash\nset -euo pipefail\n", "#"),
    (".tf", 0.12, FILLER_TERRAFORM, DBT_TERRAFORM, "", "#"),
    (".cpp", 0.08, FILLER_CPP, DBT_CPP, "#include <vector>\n#include <curl/curl.h>\n", "//"),
]
TOKEN_ALPHABET = string.ascii_letters + string.digits + "_-"


def write_file(rng, path, kind, relevant):
    extension, _, filler, snippets, header, comment = kind
    # The comment must not name dbt: only the files chosen as relevant may.
    parts = [header, f"{comment} Generated for a static-analysis benchmark.\n"]
    blocks = rng.randint(6, 18)
    dbt_at = rng.randrange(blocks) if relevant else -1
    for block in range(blocks):
        name = "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
        parts.append(filler.format(name=name, n=rng.randint(1, 9999)))
        if block == dbt_at:
            snippet = rng.choice(snippets)
            parts.append(snippet.format(
                token="".join(rng.choice(TOKEN_ALPHABET) for _ in range(50)),
                hex="".join(rng.choice("0123456789abcdef") for _ in range(40)),
                n=rng.randint(1, 99999)))
    with open(path, "w", encoding="utf-8") as out:
        out.write("".join(parts))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, required=True)
    parser.add_argument("--density", type=float, default=0.05, help="share of files that use dbt Cloud")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("out")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    weights = [kind[1] for kind in KINDS]
    for index in range(args.files):
        kind = rng.choices(KINDS, weights)[0]
        directory = os.path.join(args.out, f"service{index // 500:03d}", f"module{index // 50 % 10}")
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, f"file{index:06d}{kind[0]}")
        write_file(rng, path, kind, rng.random() < args.density)


if __name__ == "__main__":
    main()
