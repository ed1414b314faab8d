# RUN: %dbt-api-lint %s | FileCheck %s --implicit-check-not="[DBT"
# CHECK: No findings in 1 file scanned.
# AWS Organizations has list_accounts too; without any dbt Cloud client in the
# file it is not reported.
import boto3

organizations = boto3.client("organizations")
for page in organizations.get_paginator("list_accounts").paginate():
    print(organizations.list_accounts())
