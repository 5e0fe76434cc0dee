# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/f_string_unterminated.py
age = {'Bob': 1}
print(f"Bob is {age['Bob]} years old.")
