"""The directory database (HSDS 3.0 shaped, plus Camino's questionnaire layer) and its builders."""
