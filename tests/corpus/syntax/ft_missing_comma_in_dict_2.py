# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/missing_comma_in_dict_2.py
a = {'a': '1',
     'b': '2'
     'c': '3',
}
