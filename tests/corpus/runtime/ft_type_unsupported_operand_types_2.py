# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Unsupported_operand_types
one = 1
two = "two"
one += two
