# Reads the SDMX endpoints as an R user would with rsdmx (Debian r-cran-rsdmx): the dataflows,
# the data structure with its codelists, and the data of one query, all by URL. Prints JSON.
# Usage: Rscript rsdmx-read.R <base URL of /sdmx/v2> <data query path>
suppressPackageStartupMessages({ library(rsdmx); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
base <- args[1]
flows <- as.data.frame(readSDMX(paste0(base, "/structure/dataflow/SYTJJ/*/~")))
dsd <- readSDMX(paste0(base, "/structure/datastructure/SYTJJ/DSD_DE/1.0.0?references=children"))
area <- as.data.frame(slot(dsd, "codelists"), codelistId = "CL_AREA")
comps <- as.data.frame(slot(slot(dsd, "datastructures")@datastructures[[1]], "Components"))
data <- as.data.frame(readSDMX(paste0(base, args[2])))
cat(toJSON(list(
  flows = flows$id,
  areas = area$id,
  areaNames = area$name.zh,
  components = comps$conceptRef,
  data = data
), na = "null", digits = NA))
