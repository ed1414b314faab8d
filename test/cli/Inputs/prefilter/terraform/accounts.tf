data "http" "accounts" {
  url = "${local.api}/accounts/"
}
