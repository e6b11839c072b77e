-- Attack: a module that errors with { message = ... } while it loads.
error({ code = "X", message = "structured failure" })
