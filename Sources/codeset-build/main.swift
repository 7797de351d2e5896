print("codeset-build: not yet")
