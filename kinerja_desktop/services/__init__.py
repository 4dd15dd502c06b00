"""Use cases on top of storage: each runs in one transaction and takes/returns plain data.

Every service is given the open Database and passes it to each repository call; nothing is
bound globally, so two databases can be used at once (restore, merge), even from two threads.
"""
