# source: DidYouMean-Python (github.com/SylvainDe/DidYouMean-Python, MIT), didyoumean/readme_examples.py
import datetime
datetime.datetime.strptime("%d %b %y", "30 Nov 00")
