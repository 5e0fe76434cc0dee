# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Can_only_concatenate
# expect: Кортеж можно сложить только с кортежем
# reject: К списку
a_tuple = (1, 2, 3)
a_list = [1, 2, 3]
result = a_tuple + a_list
