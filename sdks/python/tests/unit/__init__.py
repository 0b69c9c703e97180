# Generated from generators/python/tests/unit/__init__.py by generators/python. Do not edit: change it there.
