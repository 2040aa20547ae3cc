"""Steps the Playwright tests share."""


def log_in(page, live_server, username, password):
    page.context.clear_cookies()  # whoever was logged in before logs out
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
