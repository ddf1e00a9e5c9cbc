// The process heap set up for a batch of inputs read one after another (`sitrep analyze` over
// many files): memory one input needed is kept for the next, and the heap is backed by 2 MiB
// pages where the kernel offers them.
//
// Why: a page of news needs a few MiB of buffers and tree, and this machine class pays 15 to 20 us
// for each 4 KiB page touched for the first time. Left to itself, glibc maps large buffers fresh
// and gives the top of the heap back after each input, so every input faulted its memory in
// again; and even kept, the first touch of each 4 KiB page costs a fault.
//
// Not for: a library caller's process (it owns its heap); only the command line's batch loop.
#pragma once

namespace sitrep {

// Call once, before the batch's first input. Without transparent huge pages (disabled, or a
// kernel without them) the heap is only kept, not enlarged in its pages.
void SetUpHeapForBatch();

}  // namespace sitrep
