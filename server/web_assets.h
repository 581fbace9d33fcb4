// The style sheet and script of the web page, compiled into the program from
// server/assets/ (embed_assets.cmake), so that serving needs no other file.
#ifndef NEWSQ_SERVER_WEB_ASSETS_H_
#define NEWSQ_SERVER_WEB_ASSETS_H_

#include <string_view>

namespace newsq::server {

struct WebAsset {
  std::string_view path;  // "/static/newsq.css"
  std::string_view content_type;
  std::string_view body;
};

// The asset served at `path`, or nullptr.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_WEB_ASSETS_H_
