# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_runtime_error.py, test_size_changed_during_iteration
numbers = {1, 2, 3}
for n in numbers:
    numbers.remove(n)
