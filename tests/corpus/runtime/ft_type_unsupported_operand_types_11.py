# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Unsupported_operand_types
a = "a"
b = 2
result = a & b
