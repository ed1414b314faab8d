#pragma once

#include <map>
#include <string>
#include <vector>

#include "ResolvedString.h"

namespace dbtlint::python {

// Python's string operations on values with holes. Where the result depends
// on an unknown part, that part of the result is a hole.

// `template % arguments`: `%s`-style conversions take the arguments in order,
// `%(name)s` takes `named`.
ResolvedString percentFormat(const ResolvedString& format, const std::vector<ResolvedString>& arguments,
                             const std::map<std::string, ResolvedString>& named);
// `template.format(...)`: `{}`, `{0}`, `{name}`; `{{`/`}}` are braces.
ResolvedString braceFormat(const ResolvedString& format, const std::vector<ResolvedString>& arguments,
                           const std::map<std::string, ResolvedString>& named);
// urllib.parse.urljoin: an absolute reference wins, `/path` keeps only the
// base's scheme and host, `path` replaces what follows the base's last `/`.
ResolvedString urlJoin(const ResolvedString& base, const ResolvedString& reference);
// posixpath.join and the `/` of pathlib and yarl: one `/` between the parts,
// an absolute second part wins (posixpath).
ResolvedString pathJoin(const ResolvedString& left, const ResolvedString& right);
// An httpx client's base_url with a request path: the base always ends in
// `/`, the path loses its leading `/`; an absolute URL wins.
ResolvedString baseUrlJoin(const ResolvedString& base, const ResolvedString& reference);
// str.rstrip/lstrip/strip of `characters` from known ends.
ResolvedString stripped(const ResolvedString& value, const std::string& characters, bool left, bool right);

}  // namespace dbtlint::python
