#include "server/html.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace newsq::server {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (absl::ascii_isalnum(c) || c == '-' || c == '.' || c == '_' ||
        c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Link& Link::Add(std::string_view name, std::string_view value) {
  if (!value.empty()) params_.emplace_back(name, value);
  return *this;
}

Link& Link::Remove(std::string_view name, std::string_view value) {
  params_.erase(
      std::remove_if(params_.begin(), params_.end(),
                     [&](const auto& param) {
                       return param.first == name &&
                              (value.empty() || param.second == value);
                     }),
      params_.end());
  return *this;
}

std::string Link::Str() const {
  std::string url = path_;
  char separator = '?';
  for (const auto& [name, value] : params_) {
    url += separator;
    url += PercentEncode(name);
    url += '=';
    url += PercentEncode(value);
    separator = '&';
  }
  return url;
}

}  // namespace newsq::server
