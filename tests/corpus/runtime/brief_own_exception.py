# source: written for this project
class TooBig(Exception):
    pass

raise TooBig('слишком много')
