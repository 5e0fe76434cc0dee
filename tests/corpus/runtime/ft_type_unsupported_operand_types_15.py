# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Unsupported_operand_types
# expect: `**`
a = 3.0
b = 42
result = a ^ b
