# Generated from generators/python/contract/__init__.py by generators/python. Do not edit: change it there.
