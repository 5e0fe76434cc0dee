# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Perhaps_comma
abcd = "hello"
defg = "world"
a = [abcd
.defg]
