#include "cli/serve_support.hpp"

#include <fmt/core.h>
#include <signal.h>

#include <thread>

#include "measures/targets.hpp"
#include "server/web_server.hpp"

namespace lens::cli {

void ServeOptions::add_to(CLI::App& app) {
  app.add_option("--port", port, "Port to listen on (0 picks a free one)")->capture_default_str();
  app.add_option("--host", host,
                 "Address to listen on; plain HTTP only on loopback (127.0.0.1, ::1)")
      ->capture_default_str();
  app.add_option("--tls-cert", tls_cert, "TLS certificate chain (PEM)");
  app.add_option("--tls-key", tls_key, "TLS private key (PEM)");
  app.add_option("--web", web_root, "Folder with templates/, static/ and node_modules/")
      ->capture_default_str();
  app.add_option("--targets", targets,
                 "The partnership's targets for the dashboard's RAG ratings (CSV: "
                 "indicator_id,target,tolerance,source; see data/targets/example.csv)");
}

int serve_until_signal(const ServeOptions& o, std::function<std::unique_ptr<Store>()> open_store,
                       const std::function<void(const std::string& url)>& on_ready) {
  bool tls = !o.tls_cert.empty() || !o.tls_key.empty();
  if (tls && (o.tls_cert.empty() || o.tls_key.empty())) {
    fmt::print(stderr, "lens: give both --tls-cert and --tls-key\n");
    return 2;
  }
  if (!tls && !server::is_loopback_address(o.host)) {
    fmt::print(stderr,
               "lens: refusing plain HTTP on {}: children's records must not cross a network "
               "unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1 behind a TLS "
               "proxy.\n",
               o.host);
    return 2;
  }
  // A targets file that does not read stops the server now, naming file and line, rather than
  // on the first dashboard request.
  if (!o.targets.empty()) measures::TargetTable::load(o.targets);
  server::ServerOptions options;
  options.open_store = std::move(open_store);
  options.web_root = o.web_root.empty() ? server::default_web_root() : o.web_root;
  options.tls_cert = o.tls_cert;
  options.tls_key = o.tls_key;
  options.targets_file = o.targets;
  auto site = server::make_web_server(std::move(options));
  int port = site->bind(o.host, o.port);

  // Signals are taken by a thread of our own, so stopping runs outside a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    site->stop();
  });
  std::string host = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  std::string url = fmt::format("{}://{}:{}/", tls ? "https" : "http", host, port);
  if (on_ready) on_ready(url);
  else fmt::print("Lens is serving at {} (Ctrl-C stops it)\n", url);
  std::fflush(stdout);
  site->listen();
  // listen() also returns if the server fails; wake the waiter so it can end.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return 0;
}

}  // namespace lens::cli
