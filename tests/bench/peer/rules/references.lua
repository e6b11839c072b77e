-- The one document the peer pack encodes: the benchmark's own definition of the decision.
return {
  peer_decision = {
    title = "The peer decision: one small decision for like-for-like speed comparisons",
    kind = "secondary",
    publisher = "hashigo (benchmark definition)",
    note = "Defines a deliberately simple decision that any rules engine, and plain Lua, can express exactly.",
  },
}
