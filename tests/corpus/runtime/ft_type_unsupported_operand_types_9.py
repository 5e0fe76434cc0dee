# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Unsupported_operand_types
a = {1: 1, 2: 2}
b = 1
result = a // b
