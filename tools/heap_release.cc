#include "heap_release.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace precis::cli {

void ReleaseLargeBlocks() {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

}  // namespace precis::cli
