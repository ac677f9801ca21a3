"""Pure rules and data of the 专班: no I/O, no Qt, nothing of ours imported from outside domain."""
