# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_runtime_error.py, test_size_changed_during_iteration
squares = {1:1, 2:4, 3:9}
for square in squares:
    squares.pop(square)
