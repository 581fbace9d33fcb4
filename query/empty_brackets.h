// Internal: brackets that stand for no query, taken out before Xapian parses.
#ifndef NEWSQ_QUERY_EMPTY_BRACKETS_H_
#define NEWSQ_QUERY_EMPTY_BRACKETS_H_

#include <xapian.h>

#include <span>
#include <string>
#include <string_view>

namespace newsq::internal {

// `text` with each bracket whose content `parser` reads as no query at all
// ("(le, la)": stop words apart, "(,)") written as blanks, with the field name
// before it ("title:(le, la)"). Brackets are read innermost first, so that a
// bracket holding only such brackets goes too, and as Xapian 1.4 reads them: a
// "(" opens one at the start, after a blank, a bracket or a sign, or after one
// of `text_fields` and a colon (after a filter's colon, Xapian reads it as the
// filter's value); an unclosed one runs to the end. The byte length is kept.
//
// Why: Xapian 1.4.22's parser follows a null pointer, and the process dies,
// when a second loved or hated part ("-sport -(le, la)", "+x +title:(de;la)")
// is a bracket of stop words that blanks alone do not separate (found by
// tests/fuzz). Stop words find nothing on their own, so the query means the
// same without them. `parser` is used for reading only, with `flags`, those the
// user's query is parsed with; its FieldProcessors should accept any value.
std::string BlankEmptyBrackets(Xapian::QueryParser parser, unsigned flags,
                               std::span<const std::string_view> text_fields,
                               std::string text);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_EMPTY_BRACKETS_H_
