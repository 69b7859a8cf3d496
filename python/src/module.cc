// precis._precis: the pybind11 module behind the `precis` Python package (python/precis).
// A thin shell: every function parses its keywords into the library's options structs (whose
// defaults it shows), releases the GIL, calls the stage functions and converts the results.
#include "bindings.h"

PYBIND11_MODULE(_precis, m) {
  namespace python = precis::python;
  m.doc() = "The C++ core of the precis package; import precis instead.";
  m.attr("__version__") = PRECIS_VERSION;
  python::RegisterErrors(m);
  python::RegisterTypes(m);
  python::RegisterSummarize(m);
  python::RegisterRead(m);
  python::RegisterSentences(m);
  python::RegisterRouge(m);
  python::RegisterStories(m);
  python::RegisterClusterer(m);
}
