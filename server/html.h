// Building HTML and links safely: everything taken from pages or from the
// request goes through EscapeHtml (text and attribute values) or a Link
// (query strings), so that a title holding markup shows as text.
#ifndef NEWSQ_SERVER_HTML_H_
#define NEWSQ_SERVER_HTML_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsq::server {

// `text` with & < > " ' replaced by character references: safe as element
// text and as a quoted attribute value.
std::string EscapeHtml(std::string_view text);

// `text` percent-encoded for a URL's path segment or query value: every byte
// but letters, digits and - . _ ~.
std::string PercentEncode(std::string_view text);

// A URL with a query string, built parameter by parameter. Str() is ready for
// an href (escape it with EscapeHtml like any attribute value).
class Link {
 public:
  explicit Link(std::string path) : path_(std::move(path)) {}
  // Adds name=value; an empty value is left out.
  Link& Add(std::string_view name, std::string_view value);
  // Removes every value of `name`, or only `value` when given.
  Link& Remove(std::string_view name, std::string_view value = {});
  std::string Str() const;

 private:
  std::string path_;
  std::vector<std::pair<std::string, std::string>> params_;
};

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_HTML_H_
