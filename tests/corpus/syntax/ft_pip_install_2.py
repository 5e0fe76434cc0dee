# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/pip_install_2.py
python -m pip install friendly
