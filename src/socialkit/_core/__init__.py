"""The foundation every subpackage builds on (private; public names are re-exported).

``validate`` (attrs validators and converters, the ``Choice`` enum base), ``fields``
(``frozen``: typed value objects; ``checked``: typed method arguments), ``numbers`` (the one number
parser and exact number families), ``rates`` (the formattable ``Rate``), ``time`` (time zones and the DST policy),
``sources`` (provenance), ``documents`` (the five source documents),
``findings`` (the result of every check), ``rules`` (the generic ``Rule`` and
``RuleSet``) and ``table`` (plain data and text tables). It imports nothing
from socialkit but :mod:`socialkit.errors`.
"""
