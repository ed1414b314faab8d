"""dbt Cloud administration commands on top of dbtc."""
