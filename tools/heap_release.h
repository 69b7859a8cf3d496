// Returning freed memory to the system in the commands that hold large inputs.
#ifndef PRECIS_TOOLS_HEAP_RELEASE_H_
#define PRECIS_TOOLS_HEAP_RELEASE_H_

namespace precis::cli {

// glibc raises its mmap threshold each time a large block is freed (up to 32 MB); blocks
// below the raised threshold then come from the heap and, once freed, mostly stay with the
// process. A command reading a million articles grows and frees many such buffers (the
// input's vectors, the ingest's id table, the analysis' chunks) and kept 12-25% more
// resident memory for them. This fixes the threshold at glibc's initial 128 KiB, so every
// large block goes back to the system when it is freed. No-op on other C libraries.
void ReleaseLargeBlocks();

}  // namespace precis::cli

#endif  // PRECIS_TOOLS_HEAP_RELEASE_H_
