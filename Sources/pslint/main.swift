import ArgumentParser
import PSLintDriver
print("pslint")
