# source: written for this project
# expect: `except TooBig:`
# expect: «слишком много»
class TooBig(Exception):
    pass

raise TooBig('слишком много')
