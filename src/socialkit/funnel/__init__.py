"""The marketing funnel: stages (TOFU / MOFU / BOFU), content types, funnel arithmetic, coverage.

>>> from socialkit.funnel import FunnelStage, stage_of
>>> stage_of("white_paper")
<FunnelStage.MOFU: 'mofu'>
"""

# The funnel tables first: they register themselves with the stage enums.
from socialkit.funnel import _stage_data  # noqa: F401
from socialkit.funnel._coverage import StageCoverage, StageShare, stage_coverage
from socialkit.funnel._journey import CasePath, PathStop
from socialkit.funnel._model import (
    Funnel,
    FunnelComparison,
    FunnelStep,
    FunnelTarget,
    Improvement,
    StepDelta,
)
from socialkit.funnel._stages import (
    ContentType,
    FunnelStage,
    JourneyStep,
    Kpi,
    StageMapping,
    StageProfile,
    Touchpoint,
    stage_of,
)

__all__ = [
    "CasePath",
    "ContentType",
    "Funnel",
    "FunnelComparison",
    "FunnelStage",
    "FunnelStep",
    "FunnelTarget",
    "Improvement",
    "JourneyStep",
    "Kpi",
    "PathStop",
    "StageCoverage",
    "StageMapping",
    "StageProfile",
    "StageShare",
    "StepDelta",
    "Touchpoint",
    "stage_coverage",
    "stage_of",
]
