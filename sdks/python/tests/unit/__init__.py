# Generated from generators/python/tests/__init__.py by generators/python. Do not edit: change it there.
