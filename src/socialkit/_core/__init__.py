"""The foundation every subpackage builds on (private; public names are re-exported).

``validate`` (attrs validators and converters, the ``Choice`` enum base), ``fields``
(``frozen``: typed value objects; ``checked``: typed method arguments), ``numbers`` (the one number
parser and exact number families), ``printing`` (numbers Python refuses to print),
``rates`` (the formattable ``Rate`` and ``Amount``), ``time`` (time zones and the DST policy),
``sources`` (provenance), ``documents`` (the five source documents), ``i18n`` (the one
translation function), ``findings`` (the result of every check), ``rules`` (the generic
``Rule`` and ``RuleSet``), ``table``, ``display``, ``columns`` and ``svg`` (text tables,
row limits and pictures). It imports nothing from socialkit but :mod:`socialkit.errors`.
"""
