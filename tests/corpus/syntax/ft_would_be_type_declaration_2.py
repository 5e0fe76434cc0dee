# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/would_be_type_declaration_2.py
# expect: `var`
# reject: запятая
begin, end = 1, 2
if (
    var start := begin < end
   ):
    pass
