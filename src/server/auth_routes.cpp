// Signing in and out, and setting one's own password.
#include "server/password.hpp"
#include "server/routes.hpp"
#include "server/site.hpp"

namespace lens::server {
namespace {

// A path on this site to go back to after signing in; anything else (another host, a
// scheme-relative "//host") falls back to the start page.
std::string safe_next(const std::string& next) {
  if (next.empty() || next[0] != '/' || next.rfind("//", 0) == 0 || next.rfind("/\\", 0) == 0)
    return "/";
  return next;
}

// Verifying against a fixed hash when the user does not exist takes as long as a real check,
// so timing does not tell which user names exist.
const std::string& decoy_hash() {
  static const std::string h = hash_password("decoy password that matches no account");
  return h;
}

void show_login(Context& ctx, nlohmann::json data, int status) {
  std::string token = ctx.cookie(Site::kFormCookie);
  if (token.size() != 64) {
    token = random_token_hex(32);
    ctx.set_cookie(Site::kFormCookie, token, 2 * 60 * 60);
  }
  data["title"] = "Sign in";
  data["form_token"] = token;
  ctx.page("login", std::move(data), status);
}

}  // namespace

void add_auth_routes(Site& site) {
  RouteRule open = RouteRule::open();
  RouteRule signed_in = RouteRule::signed_in();

  site.get("/login", open, [](Context& ctx) {
    if (ctx.who) return ctx.redirect(safe_next(ctx.param("next")));
    nlohmann::json data{{"next", ctx.param("next")}};
    if (ctx.param("signed_out") == "1") data["notice"] = "You have signed out.";
    if (ctx.param("expired") == "1") data["notice"] = "Your session has ended. Sign in again.";
    show_login(ctx, std::move(data), 200);
  });

  site.post("/login", open, [](Context& ctx) {
    std::string username = ctx.param("username");
    std::string password = ctx.param("password");
    std::string next = ctx.param("next");
    auto& accounts = ctx.store().accounts();
    const auto& policy = ctx.site().options().throttle;
    nlohmann::json data{{"username", username}, {"next", next}};
    if (login_throttled(accounts, username, ctx.req.remote_addr, ctx.now, policy)) {
      ctx.audit("login", "user/" + username, "", "refused: too many failed attempts", username);
      add_error(data, "username",
                "Too many failed sign-ins. Wait " + std::to_string(policy.window_seconds / 60) +
                    " minutes and try again, or ask your administrator to reset your password.");
      return show_login(ctx, std::move(data), 429);
    }
    auto user = username.empty() ? std::nullopt : accounts.user_by_name(username);
    bool ok = user ? verify_password(accounts.password_hash(user->id), password)
                   : (verify_password(decoy_hash(), password), false);
    if (ok && !user->active) ok = false;
    accounts.record_login_attempt(username, ctx.req.remote_addr, ctx.now, ok);
    if (!ok) {
      ctx.audit("login", "user/" + username, "", "failed", username);
      add_error(data, "username", "The user name or password is not right");
      return show_login(ctx, std::move(data), 401);
    }
    // A new session on every sign-in, so a token planted before sign-in is worthless.
    if (!ctx.session_token.empty()) end_session(accounts, ctx.session_token);
    NewSession s = start_session(accounts, user->id, ctx.now);
    ctx.set_cookie(Site::kSessionCookie, s.token, ctx.site().options().sessions.absolute_seconds);
    auto org = accounts.organisation(user->organisation_id);
    ctx.store().audit().append(
        {user->username, org ? org->name : "", "login", "user/" + user->username, "", "ok"});
    ctx.redirect(user->must_change_password ? "/account/password" : safe_next(next));
  });

  site.post("/logout", signed_in, [](Context& ctx) {
    ctx.audit("logout", "user/" + ctx.who->user.username, "", "ok");
    end_session(ctx.store().accounts(), ctx.session_token);
    ctx.set_cookie(Site::kSessionCookie, "", 0);
    ctx.redirect("/login?signed_out=1");
  });

  site.get("/account/password", signed_in, [](Context& ctx) {
    ctx.page("account_password", {{"title", "Set your password"},
                                  {"csrf", ctx.session->csrf_token},
                                  {"must_change", ctx.who->user.must_change_password}});
  });

  site.post("/account/password", signed_in, [](Context& ctx) {
    auto& accounts = ctx.store().accounts();
    nlohmann::json data{{"title", "Set your password"},
                        {"csrf", ctx.session->csrf_token},
                        {"must_change", ctx.who->user.must_change_password}};
    std::string current = ctx.param("current"), fresh = ctx.param("password");
    if (!verify_password(accounts.password_hash(ctx.who->user.id), current))
      add_error(data, "current", "Your current password is not right");
    else if (auto problem = password_problem(fresh); !problem.empty())
      add_error(data, "password", problem);
    else if (fresh == current)
      add_error(data, "password", "Choose a password different from the current one");
    if (data.contains("errors")) return ctx.page("account_password", std::move(data), 400);
    accounts.set_password_hash(ctx.who->user.id, hash_password(fresh), false);
    ctx.audit("password.change", "user/" + ctx.who->user.username, "", "ok");
    ctx.redirect("/");
  });
}

}  // namespace lens::server
