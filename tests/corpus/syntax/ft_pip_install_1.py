# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/pip_install_1.py
# expect: терминала
pip install friendly
