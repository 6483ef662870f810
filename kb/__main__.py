from kb.cli import main

# Guarded: ``kb ingest --workers`` starts worker processes with the "spawn" method, which
# imports the parent's __main__ module again in each of them.
if __name__ == "__main__":
    main()
