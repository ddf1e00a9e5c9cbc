#include "read/json_ld.h"

#include <gtest/gtest.h>
