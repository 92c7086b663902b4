#pragma once

#include <QJsonObject>
#include <QList>

namespace hadesk::net {
struct NetworkPicture;
}
namespace hadesk::haproxy {
struct RuntimeState;
}
namespace hadesk::drbd {
struct ResourceOverview;
}
namespace hadesk::jobs {
class Job;
}

// What hadeskctl prints with --json, built here so a script sees what the console sees, in one
// key style (snake_case). Each schema is written down in docs/json.md, which tst_commandjson
// checks every output against; fields are only ever added. (hadeskctl status: pcmk::statusJson.)
namespace hadesk::json {

// hadeskctl network HOST... --json
QJsonObject network(const net::NetworkPicture& picture);
// hadeskctl haproxy HOST --json
QJsonObject haproxy(const haproxy::RuntimeState& state);
// hadeskctl drbd HOST --json
QJsonObject drbd(const QList<drbd::ResourceOverview>& resources);
// The end of any job hadeskctl ran, with --json: its state, each step and why it failed.
QJsonObject job(const jobs::Job& job);

} // namespace hadesk::json
